// STUB: the benchmark executable (issue 4).
print("overleg-bench: not implemented yet")
