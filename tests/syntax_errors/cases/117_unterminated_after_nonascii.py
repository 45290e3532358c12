s = 'é' + "abc
