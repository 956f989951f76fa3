/// Why shard reports cannot be joined.
public struct MergeError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

extension Report {
    /// Joins the reports of shards 1/N ... N/N of one run into the report an unsharded run
    /// would have written (timings summed).
    public init(merging shards: [Report]) throws(MergeError) {
        guard let first = shards.first else { throw MergeError(description: "no reports to merge") }
        var expected = first.run
        expected.shard = nil
        for shard in shards {
            var run = shard.run
            run.shard = nil
            guard run == expected else {
                throw MergeError(description: "reports come from different runs (target, seed, checks or gate differ)")
            }
        }
        let indices = shards.compactMap { $0.run.shard }
        if let count = indices.first?.count {
            guard indices.count == shards.count, indices.allSatisfy({ $0.count == count }),
                Set(indices.map(\.index)) == Set(1...count), shards.count == count
            else {
                throw MergeError(description: "expected one report for each shard 1/\(count) ... \(count)/\(count)")
            }
        }
        var specs: [SpecReport] = []
        var timing = Timing(seconds: 0, specs: [])
        for shard in shards {
            timing.seconds += shard.timing.seconds
            for spec in shard.specs {
                guard let index = specs.firstIndex(where: { $0.file == spec.file }) else {
                    specs.append(spec)
                    continue
                }
                guard specs[index].sha256 == spec.sha256 else {
                    throw MergeError(description: "\(spec.file) differs between shards (SHA-256)")
                }
                specs[index].merge(spec)
            }
            for spec in shard.timing.specs {
                if let index = timing.specs.firstIndex(where: { $0.file == spec.file }) {
                    timing.specs[index].merge(spec)
                } else {
                    timing.specs.append(spec)
                }
            }
        }
        self = first
        self.run = expected
        self.specs = specs
        self.timing = timing
        self.golden = first.golden
        normalize()
    }
}

extension SpecReport {
    /// Adds another shard's part of the same spec.
    mutating func merge(_ other: SpecReport) {
        // Unreachable when every request of every shard was refused; a shard that sent
        // nothing has no say.
        unreachable = (unreachable || requests == 0) && (other.unreachable || other.requests == 0)
            && requests + other.requests > 0
        cases += other.cases
        requests += other.requests
        skipped += other.skipped
        for operation in other.operations {
            if let index = operations.firstIndex(where: { $0.id == operation.id }) {
                operations[index].cases += operation.cases
                operations[index].answered += operation.answered
                operations[index].checks.merge(operation.checks) { mine, theirs in
                    var sum = mine
                    sum.responses += theirs.responses
                    return sum
                }
            } else {
                operations.append(operation)
            }
        }
        findings += other.findings
        errors += other.errors
        if let more = other.unsent { unsent = (unsent ?? []) + more }
    }
}

extension Timing.SpecTiming {
    /// Adds another shard's timings of the same spec.
    mutating func merge(_ other: Timing.SpecTiming) {
        seconds += other.seconds
        for operation in other.operations {
            guard let index = operations.firstIndex(where: { $0.id == operation.id }) else {
                operations.append(operation)
                continue
            }
            operations[index].requests += operation.requests
            operations[index].milliseconds += operation.milliseconds
            operations[index].latencyBuckets = zip(operations[index].latencyBuckets, operation.latencyBuckets).map(+)
        }
    }
}
