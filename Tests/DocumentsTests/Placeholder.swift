import Testing

@Test func placeholderDocuments() { #expect(Bool(true)) }
