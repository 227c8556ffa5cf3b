/// What the game has already explained this evening, so each how-to is said once, not at
/// every scene: a front end keeps one for as long as it runs.
final class Told {
    /// That Enter at a question said out loud means "we talked about it".
    var talking = false
}
