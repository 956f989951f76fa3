/// Random cases: whole requests drawn from the schemas with a seeded generator.
extension OperationCases {
    /// Draws random case `index` and records it.
    func random(index: Int) {
        if let testCase = randomCase(index: index) { cases.append(testCase) }
    }

    /// Draws random case `index`; a draw the validator rejects is retried from the same
    /// seed's stream a few times, then dropped with a diagnostic. Nil when dropped, or when
    /// an earlier index drew the same seed (and so the same case).
    func randomCase(index: Int) -> TestCase? {
        let seed = CaseGenerator.seed(run: generator.options.seed, operation: operation.id, index: index)
        var rng = SplitMix64(seed: seed)
        for _ in 0..<4 {
            guard let inputs = draw(using: &rng) else { continue }
            guard check(inputs, expectation: .valid) == nil else { continue }
            guard seenSeeds.insert(seed).inserted else { return nil }
            return makeCase(
                id: CaseGenerator.randomID(seed: seed), .random, target: .root, inputs: inputs, expectation: .valid,
                seed: seed)
        }
        drop(.random, at: .root, schema: mediaType?.schema, reason: "no valid random request in 4 draws from seed \(seed)")
        return nil
    }

    private func draw(using rng: inout SplitMix64) -> RequestInputs? {
        var inputs = RequestInputs(mediaType: mediaType?.name)
        for (key, parameter) in parameters {
            guard parameter.required || rng.below(2) == 1 else { continue }
            guard let schema = parameter.schema else {
                inputs.parameters[key] = .string("value")
                continue
            }
            guard let value = values.random(schema, rng: &rng) else { return nil }
            inputs.parameters[key] = value
        }
        if let mediaType {
            guard let schema = mediaType.schema else {
                inputs.body = .object(JSONObject())
                return inputs
            }
            guard let body = values.random(schema, rng: &rng) else { return nil }
            inputs.body = body
        }
        return inputs
    }
}
