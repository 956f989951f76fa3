import ArgumentParser
import ConformRunner

extension JUnitReporter.Granularity: ExpressibleByArgument {}
