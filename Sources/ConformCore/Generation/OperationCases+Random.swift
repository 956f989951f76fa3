/// Random cases: whole requests drawn from the schemas with a seeded generator.
extension OperationCases {
    /// Draws random case `index`; a draw the validator rejects is retried from the same
    /// seed's stream a few times, then dropped with a diagnostic.
    func random(index: Int) {
        let seed = CaseGenerator.seed(run: generator.options.seed, operation: operation.id, index: index)
        var rng = SplitMix64(seed: seed)
        for _ in 0..<4 {
            guard let inputs = draw(using: &rng) else { continue }
            guard check(inputs, expectation: .valid) == nil else { continue }
            record(id: "random-" + StableHash.hex(seed), .random, target: .root, inputs: inputs, expectation: .valid, seed: seed)
            return
        }
        drop(.random, at: .root, schema: mediaType?.schema, reason: "no valid random request in 4 draws from seed \(seed)")
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
