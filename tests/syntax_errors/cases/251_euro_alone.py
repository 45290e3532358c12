price = 5 + €
