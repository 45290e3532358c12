class C:
    def f(self):
        x = (1,
             2
    y = 3
