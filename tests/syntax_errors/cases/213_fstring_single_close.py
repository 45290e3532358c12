s = f'a}'
