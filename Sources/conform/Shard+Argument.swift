import ArgumentParser
import ConformCore

/// `--shard I/N`, parsed where the flag is read; anything else is a usage error.
extension CaseGenerator.Shard: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
