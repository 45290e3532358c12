number_of_items = 5
print("typo follows")
print(number_of_itme)
