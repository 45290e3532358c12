s = 'x\N{DASH'
