s = f'{a!z}'
