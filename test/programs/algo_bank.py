class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f'need {needed} more')
        self.needed = needed
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount - self.balance)
        self.balance -= amount
        self.history.append(('withdraw', amount))
        return self
    def __repr__(self):
        return f'Account(#{self.id} {self.owner}: {self.balance:.2f})'
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        return self.deposit(round(self.balance * self.rate, 2))
accts = [Account('ann', 100), Savings('bob', 1000)]
accts[0].deposit(50).withdraw(30)
accts[1].add_interest()
for a in accts:
    print(a, a.history)
for amount in [10, 500, -5]:
    try:
        if amount < 0:
            accts[0].deposit(amount)
        accts[0].withdraw(amount)
        print('withdrew', amount)
    except InsufficientFunds as e:
        print('failed:', e, e.needed)
    except ValueError as e:
        print('invalid:', e)
print(sorted(accts, key=lambda a: -a.balance))
