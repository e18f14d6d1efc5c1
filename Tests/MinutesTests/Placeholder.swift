import Testing

@Test func placeholderMinutes() { #expect(Bool(true)) }
