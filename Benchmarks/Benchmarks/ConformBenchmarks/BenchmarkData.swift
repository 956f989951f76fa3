import ConformCore
import Foundation

/// Where the benchmarks find their inputs: the seed specs of the repository, the shared
/// corpus (`CONFORM_CORPUS`, else `../shared/corpus` beside the repository), and the files
/// `Benchmarks/validation/prepare.py` writes.
enum BenchmarkData {
    /// The repository's root, from this file's place in `Benchmarks/Benchmarks/ConformBenchmarks/`.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let corpus = URL(
        fileURLWithPath: ProcessInfo.processInfo.environment["CONFORM_CORPUS"]
            ?? repository.appendingPathComponent("../shared/corpus").standardized.path)

    /// A vendor spec of the corpus, or nil (with a note) when the corpus is absent.
    static func vendor(_ name: String) -> String? {
        existing(corpus.appendingPathComponent("vendor").appendingPathComponent(name).path)
    }

    /// A file written by `prepare.py`, or nil (with a note) when it has not been run.
    static func prepared(_ name: String) -> String? {
        existing(repository.appendingPathComponent("Benchmarks/validation/data").appendingPathComponent(name).path)
    }

    /// The four seed specs, in file-name order.
    static let seedSpecs = ["dodo-checkouts", "gr4vy-checkout-sessions", "quaderno-checkout-sessions", "stripe-checkout"]
        .map { repository.appendingPathComponent("specs/\($0).yaml").path }

    /// The modified Stripe copy `Benchmarks/drift/modify-stripe.py` writes (`CONFORM_DRIFT_COPY`,
    /// else where compare.sh puts it).
    static var driftCopy: String? {
        existing(
            ProcessInfo.processInfo.environment["CONFORM_DRIFT_COPY"]
                ?? repository.appendingPathComponent("Benchmarks/.scratch/stripe-modified.yaml").path)
    }

    static func existing(_ path: String) -> String? {
        if FileManager.default.fileExists(atPath: path) { return path }
        print("benchmark input \(path) not found; its benchmarks are skipped")
        return nil
    }

    /// The benchmarks' inputs on disk. The benchmarks link ConformCore alone, not the runner
    /// whose `FileSource` the commands read with, so this reads through ConformYAML's reader
    /// as that does.
    struct BenchmarkFiles: DocumentSource {
        func bytes(at location: String) throws(LoadError) -> [UInt8] {
            try FileReader.contents(of: location)
        }
    }

    /// Loads a document the benchmarks need; a failure stops the run with the loader's error.
    static func document(_ path: String) -> Document {
        do {
            return try Document(path, from: BenchmarkFiles())
        } catch {
            fatalError("\(path): \(error)")
        }
    }
}
