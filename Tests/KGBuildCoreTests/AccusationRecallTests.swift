import Testing

@testable import KGBuildCore

/// Accusations and criticism told without a verb of accusing: a hostile act or a verdict of harm that someone
/// reports, a demand that a named party stop, and who speaks when the verb of saying is coordinated or set apart
/// (sentences of our own).
@Suite struct AccusationRecallTests {
    static func first(_ r: ArticleResult, _ type: String) -> Event? { Shared.events(r, type).first }

    /// "X said it had answered provocations by Y": provocations someone imputes to another are their charge; a
    /// provocation nobody is said to commit, or no one reports, is none.
    @Test func provocationsSomeoneImputesAreAccusations() {
        let r = Shared.analyze("Baku said its forces had answered large-scale provocations by Armenian troops near the border.")
        let e = Self.first(r, "accusation")
        #expect(e.map { Shared.has(r, $0, "accuser", "Azerbaijan") && Shared.has(r, $0, "accused", "Armenia") } == true, "\(Shared.describe(r))")
        let told = Shared.analyze("Serbian provocations continued along the line on Friday, the Kosovo interior ministry said.")
        #expect(Self.first(told, "accusation").map { Shared.has(told, $0, "accused", "Serbia") } == true, "\(Shared.describe(told))")
        Shared.expect([
            "Analysts said the drills were not meant as a provocation.",
            "Seoul warned that any provocation from the North would be met with a firm response.",
        ], give: "accusation", gives: false)
    }

    /// "X said Y had stirred up trouble", "Y is stoking tensions, X said": strife imputed to another is a charge.
    @Test func stirringUpStrifeIsACharge() {
        let r = Shared.analyze("Japan's defence minister Minoru Kihara said Beijing had deliberately stirred up trouble near the islands.")
        let e = Self.first(r, "accusation")
        #expect(e.map { Shared.has(r, $0, "accused", "China") && Shared.has(r, $0, "accuser", "Minoru Kihara") } == true, "\(Shared.describe(r))")
        #expect(Shared.types("Moscow is stoking tensions in the Baltic, the Estonian foreign minister said.").contains("accusation"))
        Shared.expect([
            "The floods stirred up trouble for farmers across the valley, Kenya said.",
            "Economists said high fuel prices could fuel tensions between the coalition parties.",
        ], give: "accusation", gives: false)
    }

    /// "X said Y had blocked the proposal": obstruction of a settlement imputed to another is a charge; blocking a
    /// road is none.
    @Test func obstructingASettlementIsACharge() {
        let r = Shared.analyze("Georgia's foreign minister said Russia had blocked the proposal to reopen the crossing.")
        #expect(Self.first(r, "accusation").map { Shared.has(r, $0, "accused", "Russia") } == true, "\(Shared.describe(r))")
        #expect(Shared.types("Iran is trying to sabotage the talks, the Israeli prime minister said.").contains("accusation"))
        Shared.expect([
            "Police blocked the road to the venue, Kenya said.",
            "The Serbian president said the court ruling had blocked the sale of the mine.",
        ], give: "accusation", gives: false)
    }

    /// "X said Y must stop its Z": a demand that a named party stop, reported, rebukes it; a demand with no party
    /// named, or a party of one's own ("it must stop"), is none.
    @Test func aReportedDemandToStopIsCriticism() {
        let r = Shared.analyze("The Turkish foreign minister Hakan Fidan said Israel must end the blockade of the coastal strip.")
        let e = Self.first(r, "criticism")
        #expect(e.map { Shared.has(r, $0, "target", "Israel") && Shared.has(r, $0, "critic", "Hakan Fidan") } == true, "\(Shared.describe(r))")
        Shared.expect([
            "The fighting must stop, the U.N. chief said.",
            "Russia said it must stop the supplies if the contract was broken.",
        ], give: "criticism", gives: false)
    }

    /// "X said the new outposts undermine the truce", "It is a bad sign, X said": a verdict of harm
    /// to a settlement, or of disapproval, is the speaker's criticism, with or without an actor judged; harm to
    /// other things ("weakening the economy") and a verdict nobody voices are none.
    @Test func reportedVerdictsOfHarmAreCriticism() {
        let r = Shared.analyze("German Chancellor Olaf Scholz said the new outposts are undermining the prospects for peace.")
        #expect(Self.first(r, "criticism").map { Shared.has(r, $0, "critic", "Olaf Scholz") } == true, "\(Shared.describe(r))")
        let sign = Shared.analyze("\"The decision is a bad sign for the truce,\" Italian Foreign Minister Antonio Tajani told reporters.")
        #expect(Self.first(sign, "criticism").map { Shared.has(sign, $0, "critic", "Antonio Tajani") } == true, "\(Shared.describe(sign))")
        Shared.expect([
            "The drought is weakening the economy, Kenya's finance minister said.",
            "The storm weakened as it approached the coast, Japan's weather agency said.",
            "Analysts said the cuts could undermine confidence in the bank.",
            "The new outposts are undermining the prospects for peace.",
        ], give: "criticism", gives: false)
    }

    /// A verdict voiced on a weekday is dated that day, though told in the present progressive ("said on Sunday
    /// … is weakening"): the progressive puts only an arrangement ahead.
    @Test func aVerdictIsDatedWhenVoiced() {
        let r = Shared.analyze("Olaf Scholz said on Sunday the new outposts are weakening the prospects for peace.")
        #expect(Shared.events(r, "criticism").map { $0.date?.normalized } == ["2014-06-22"], "\(Shared.describe(r))")
    }

    /// Who reports: "X called on Y to act … and said …" is X's saying, not the name right before "and said";
    /// "X, speaking in Brussels, said …" is X's, not the place's; "…, he told reporters in Srinagar" names no place
    /// as speaker.
    @Test func theSpeakerOfACoordinatedOrSetApartSaying() {
        let r = Shared.analyze("Olaf Scholz called on Serbia's government to stop the border build-up with Kosovo and said the new posts are eroding the truce.")
        let e = Self.first(r, "criticism")
        #expect(e.map { Shared.has(r, $0, "critic", "Olaf Scholz") && !Shared.has(r, $0, "critic", "Kosovo") } == true, "\(Shared.describe(r))")
        let apart = Shared.analyze("NATO Secretary General Jens Stoltenberg, speaking in Brussels ahead of a meeting of ministers, said Russia must stop its reckless behaviour.")
        let c = Self.first(apart, "criticism")
        #expect(c.map { Shared.has(apart, $0, "critic", "Jens Stoltenberg") && Shared.has(apart, $0, "target", "Russia") } == true, "\(Shared.describe(apart))")
        #expect(!(c.map { Shared.has(apart, $0, "critic", "Belgium") } ?? false))
        let place = Shared.analyze("Pakistan must stop sheltering the militants, he told reporters in Srinagar.")
        #expect(!Shared.events(place, "criticism").contains { e in e.arguments.contains { $0.role == "critic" } }, "\(Shared.describe(place))")
    }

    /// "X called Y's move a declaration of war", "X branded the launch by Y a grave provocation": the verb that names
    /// the verdict reports it, its subject charges and what it names is charged (the namer is never the one charged);
    /// "called the meeting a success" names no verdict of hostility, and one told as to come is a warning.
    @Test func aVerdictNamedByCallingIsACharge() {
        let r = Shared.analyze("Pyongyang called the drills a declaration of war.")
        #expect(Self.first(r, "accusation").map { Shared.has(r, $0, "accuser", "North Korea") } == true, "\(Shared.describe(r))")
        let named = Shared.analyze("Tokyo branded the launch by North Korea a grave provocation.")
        let e = Self.first(named, "accusation")
        #expect(e.map { Shared.has(named, $0, "accuser", "Japan") && Shared.has(named, $0, "accused", "North Korea") } == true, "\(Shared.describe(named))")
        let seoul = Shared.analyze("Seoul called the launch a grave provocation.")
        #expect(!Shared.events(seoul, "accusation").contains { Shared.has(seoul, $0, "accused", "South Korea") }, "\(Shared.describe(seoul))")
        Shared.expect([
            "The president called the meeting a success.",
            "Mali and Burkina Faso have said any intervention in Niger would be considered a declaration of war.",
        ], give: "accusation", gives: false)
    }

    /// "X held Y responsible for the attack", "X said Y was responsible for the strike": blame held or reported; a
    /// body responsible for a task is no blame.
    @Test func blameHeldOrReported() {
        let r = Shared.analyze("Ukraine held Russia responsible for the attack on the dam.")
        let e = Self.first(r, "accusation")
        #expect(e.map { Shared.has(r, $0, "accuser", "Ukraine") && Shared.has(r, $0, "accused", "Russia") } == true, "\(Shared.describe(r))")
        let said = Shared.analyze("Israel's foreign minister Israel Katz said Iran was responsible for the strike on the tanker.")
        #expect(Self.first(said, "accusation").map { Shared.has(said, $0, "accused", "Iran") } == true, "\(Shared.describe(said))")
        Shared.expect([
            "Kenya said the defence ministry was responsible for procurement.",
            "The police said the unit responsible for the attack had not been identified.",
        ], give: "accusation", gives: false)
    }

    /// "X told a broadcaster that A stood behind B and accused C of …": the verb of judging coordinated after a reported
    /// clause is the speaker's, not a name's inside that clause; a judging verb with a subject of its own keeps it.
    @Test func aJudgingVerbAfterAReportedClauseIsTheSpeakers() {
        let r = Shared.analyze("Foreign Minister Mevlut Cavusoglu told a Turkish broadcaster that Ankara stood firmly behind Baku in the dispute and accused Armenia of wasting a chance for peace.")
        let e = Self.first(r, "accusation")
        #expect(e.map { Shared.has(r, $0, "accuser", "Mevlut Cavusoglu") && Shared.has(r, $0, "accused", "Armenia") } == true, "\(Shared.describe(r))")
        let own = Shared.analyze("Japan said South Korea had protested and Seoul accused Pyongyang of firing a missile.")
        #expect(Self.first(own, "accusation").map { Shared.has(own, $0, "accuser", "South Korea") } == true, "\(Shared.describe(own))")
    }

    /// "“We condemn the attack,” X said": a verb of judging whose subject is the speakers themselves is the attributed
    /// speaker's; a place after the attribution's preposition speaks for no one.
    @Test func firstPersonJudgmentsAreTheAttributedSpeakers() {
        let r = Shared.analyze("\"We condemn this attack on civilians,\" Penny Wong told reporters.")
        #expect(Self.first(r, "criticism").map { Shared.has(r, $0, "critic", "Penny Wong") } == true, "\(Shared.describe(r))")
        let jcs = Shared.analyze("\"Our military strongly condemns the launch,\" the Joint Chiefs of Staff said.")
        #expect(Self.first(jcs, "criticism").map { e in e.arguments.contains { $0.role == "critic" } } == true, "\(Shared.describe(jcs))")
        let place = Shared.analyze("\"We condemn this,\" he said in Canberra.")
        #expect(!Shared.events(place, "criticism").contains { e in e.arguments.contains { $0.role == "critic" } }, "\(Shared.describe(place))")
    }

    /// Neutral wording stays neutral: "called the meeting", "aimed at boosting trade", "a sign of progress".
    @Test func neutralWordingGivesNothing() {
        let neutral = [
            "The president called the meeting for Monday to discuss the budget.",
            "The agreement signed by India and Japan is aimed at boosting trade.",
            "Kenya's foreign minister said the talks were a sign of progress.",
            "The minister said the floods had weakened the dam near the capital.",
        ]
        Shared.expect(neutral, give: "accusation", gives: false)
        Shared.expect(neutral, give: "criticism", gives: false)
    }
}
