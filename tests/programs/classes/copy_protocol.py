import copy
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def __repr__(self):
        return f"Node({self.value}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].value = 20
print(shallow.children[0].value, deep.children[0].value)
print(shallow.children is tree.children, deep.children is tree.children)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + 1)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Custom(self.v + 100)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v)
lst = [[1, 2], [3]]
lst.append(lst)
d = copy.deepcopy(lst)
print(d[2] is d, d[0] is lst[0], d[:2])
