import Testing

@Test func placeholderDashboard() { #expect(Bool(true)) }
