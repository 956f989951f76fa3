/// The part of a ``Report`` that differs between identical runs: durations and latencies.
public struct Timing: Codable, Sendable, Equatable {
    /// Upper bounds (milliseconds, inclusive) of the latency buckets; the last bucket counts
    /// everything slower.
    public static let bucketBounds: [Double] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000]

    /// Run time in seconds (the sum over shards, for a merged report).
    public var seconds: Double
    public var specs: [SpecTiming]

    public struct SpecTiming: Codable, Sendable, Equatable {
        public var file: String
        public var seconds: Double
        public var operations: [OperationTiming]
    }

    public struct OperationTiming: Codable, Sendable, Equatable {
        public var id: String
        public var requests: Int
        /// Summed request time in milliseconds.
        public var milliseconds: Double
        /// Request counts per latency bucket (``Timing/bucketBounds``, then one more).
        public var latencyBuckets: [Int]
    }

    /// The bucket index of a latency in milliseconds.
    public static func bucket(ofMilliseconds value: Double) -> Int {
        bucketBounds.firstIndex { value <= $0 } ?? bucketBounds.count
    }
}

extension Duration {
    /// The duration in milliseconds.
    var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}

extension Timing.OperationTiming {
    /// An operation without requests.
    init(id: String) {
        self.init(
            id: id, requests: 0, milliseconds: 0, latencyBuckets: [Int](repeating: 0, count: Timing.bucketBounds.count + 1))
    }

    /// Counts one request that took `duration`.
    mutating func add(_ duration: Duration) {
        requests += 1
        milliseconds += duration.milliseconds
        latencyBuckets[Timing.bucket(ofMilliseconds: duration.milliseconds)] += 1
    }
}
