x = ('a'
     b'b')
