/// The only credentials the sandbox accepts, fixed so that auth checks are meaningful.
public enum SandboxCredentials {
    /// Bearer token for the Gr4vy and Dodo APIs (`Authorization: Bearer sandbox-token`).
    public static let bearerToken = "sandbox-token"
    /// HTTP basic user name (the API key) for the Quaderno API.
    public static let basicUser = "sandbox-key"
    /// HTTP basic password for the Quaderno API (Quaderno's convention is `x`).
    public static let basicPassword = "x"
}
