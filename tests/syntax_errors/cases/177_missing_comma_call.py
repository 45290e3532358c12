print('a', b c)
