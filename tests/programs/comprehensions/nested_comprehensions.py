matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = [[row[i] for row in matrix] for i in range(len(matrix[0]))]
print(transposed)
flat = [n for row in matrix for n in row if n % 2]
print(flat)
print([[n for n in row if n > 4] for row in matrix])
print({i: [j for j in range(i)] for i in range(4)})
triples = [(a, b, c) for c in range(1, 20) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print([[(r, c) for c in range(2)] for r in range(2)])
print(sum(sum(row) for row in matrix), max(max(r) for r in matrix))
