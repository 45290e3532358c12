# stderr: full
class Account:
    def __init__(self):
        self.balance = 10
    def report(self):
        return self.balanse
Account().report()
