def f():
    ä = 1
    return f'ö{ä}ü{}'
