@_exported import ConformYAML
