/// The version of conform that reports carry.
public enum ToolVersion {
    public static let current = "0.7.0"
}
