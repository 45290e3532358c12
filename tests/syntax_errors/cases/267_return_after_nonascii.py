x = 'é'; return x
