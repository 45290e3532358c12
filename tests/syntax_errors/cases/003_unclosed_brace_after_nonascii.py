s = 'héllo'; d = {1: 2
