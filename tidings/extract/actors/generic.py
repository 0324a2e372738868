"""Generic agents: the nouns news uses for actors it does not name
("protesters", "security forces", "gunmen"), with their PLOVER sector and,
where the noun fixes it, their ACLED actor type."""

from __future__ import annotations

from dataclasses import dataclass

from tidings.extract.actors.normalise import name_key


@dataclass(frozen=True)
class Generic:
    sector: str
    inter: int | None = None


_TABLE: dict[str, tuple[str, int | None]] = {}


def _add(words: str, sector: str, inter: int | None = None) -> None:
    for word in words.split(","):
        word = word.strip()
        if word:
            _TABLE[name_key(word)] = (sector, inter)


_add("protesters, protester, protestors, protestor, demonstrators, demonstrator, "
     "marchers, crowd, crowds, activists, activist, campaigners, strikers, "
     "demonstrations, demonstration, protests, protest, rally, rallies", "CVL", 6)
_add("rioters, rioter, mob, mobs, looters, riots", "CVL", 5)
_add("civilians, civilian, residents, resident, villagers, villager, people, citizens, "
     "passengers, worshippers, pilgrims, women, children, men, family, families, "
     "locals, shoppers, bystanders, population, inhabitants, farmers, herders, "
     "motorists, pedestrians, tourists, teacher, teachers, nurse, nurses", "CVL", 7)
_add("students, student, pupils, schoolchildren, university", "EDU", 7)
_add("workers, union, unions, trade unions, employees, miners, labourers, laborers",
     "LAB", 7)
_add("journalists, journalist, reporters, reporter, media, newspaper, photographer, "
     "cameraman", "JRN", 7)
_add("doctors, doctor, medics, health workers, hospital, paramedics", "MED", 7)
_add("refugees, refugee, migrants, migrant, asylum seekers, displaced people", "REF", 7)
_add("opposition, opposition supporters, opposition leader, opposition party, dissidents, "
     "dissident, critics", "OPP", 6)
_add("police, policemen, policeman, police officers, police officer, officers, officer, "
     "riot police, security forces, security force, security services, security personnel, "
     "law enforcement, gendarmes, gendarmerie, border guards, border guard, "
     "special forces, interior ministry, national guard, guards, coast guard", "COP", 1)
_add("troops, troop, soldiers, soldier, army, military, armed forces, forces, force, "
     "navy, air force, marines, peacekeepers, peacekeeping forces, peacekeeping units, "
     "peacekeeping troops, peacekeeping contingent, contingent, units, unit, battalion, "
     "brigade, commandos, paratroopers, servicemen, defense ministry, defence ministry, "
     "ministry of defense, ministry of defence, warplanes, jets, aircraft, tanks, "
     "artillery, drones, drone, military personnel, air defences, air defenses, "
     "air defence, air defense, interceptors, air defence systems, air defense systems, "
     "instructors, military instructors", "MIL", 1)
_add("intelligence agents, security agents, agents, security agencies, intelligence "
     "services, secret police, plainclothes officers", "COP", 1)
_add("rebels, rebel, insurgents, insurgent, militants, militant, jihadists, jihadist, "
     "separatists, separatist, guerrillas, guerrilla, fighters, extremists, extremist, "
     "terrorists, terrorist, islamists, rebel group, armed group, armed groups, "
     "insurgency", "REB", 2)
_add("gunmen, gunman, assailants, assailant, attackers, attacker, armed men, "
     "unidentified gunmen, unknown gunmen, suspected militants, bandits, kidnappers, "
     "abductors, bomber, bombers, shooter, unidentified men, unknown men, "
     "unidentified individuals, unknown persons, armed individuals", "UAF", 3)
# Suicide bombing is an insurgent tactic: the bomber is a rebel's even when unnamed.
_add("suicide bomber, suicide bombers, suicide attacker, suicide attackers, kamikaze, "
     "kamikazes", "UAF", 2)
_add("militia, militias, militiamen, militia members, vigilantes, vigilante", "PRM", 3)
_add("gang, gangs, gang members, criminals, smugglers, traffickers, cartel, robbers, "
     "thieves, pirates", "CRM", 3)
_add("government, authorities, officials, official, ministry, cabinet, administration, "
     "president, prime minister, leader, leaders, regime, state, presidency, minister, "
     "ministers, spokesman, spokeswoman, spokesperson, foreign ministry, "
     "foreign minister, embassy, governor, mayor, junta, head of state, diplomats, "
     "diplomat, envoy, ambassador, delegation, kremlin, palace, chancellor, premier",
     "GOV", 1)
_add("court, courts, judge, judges, prosecutors, prosecutor, supreme court, tribunal, "
     "judiciary", "JUD", 1)
_add("parliament, lawmakers, lawmaker, legislators, legislator, senate, congress, "
     "mps, senators, deputies, assembly", "LEG", 1)
_add("human rights organizations, human rights organisations, human rights groups, "
     "rights groups, rights group, aid agencies, aid agency, ngos, ngo, charities, "
     "charity, aid workers, aid groups, humanitarian organizations, "
     "human rights activists, watchdog", "NGO", 7)
_add("party, parties, ruling party", "PTY", 3)
# A leader of people who hold no office is one of them, not a government.
_add("union leader, union leaders, trade union leader, labour leader, labor leader", "LAB", 7)
_add("community leader, community leaders, traditional leader, traditional leaders, social leader, "
     "social leaders, village chief, village head, elders", "CVL", 7)
_add("religious leader, religious leaders", "REL", 7)
_add("opposition figure, opposition figures, opposition politician, opposition politicians", "OPP", 6)
# Unarmed young people are civilians; without this "Youths in Delta state" took
# its head from "state" and became a government.
_add("youths, youth, young men, young people", "CVL", 7)
# Armed youths in cattle-raiding and land conflicts are communal militias to ACLED.
_add("armed youths, armed youth, armed young men", "PRM", 4)
# Both sides of a war: a government among them, so the state answers first.
_add("warring parties, warring sides", "MIL", 1)
# State paramilitaries known by their corps' names ("the Assam Rifles", "a ranger patrol").
_add("rifles, frontier corps, rangers, ranger, ranger patrol, paramilitary police, "
     "paramilitary troops", "MIL", 1)
# What a country's own reports call an invading army: foreign forces.
_add("occupiers, occupying forces, occupation forces, invaders", "MIL", 8)
_add("church, mosque, clerics, cleric, priests, imam, monks", "REL", 7)
_add("company, companies, firm, firms, businesses, business, businessmen, traders, "
     "merchants, investors, banks", "BUS", 7)
_add("hackers, hacker", "UNK", None)
_add("alliance, coalition, bloc", "IGO", 8)

MAX_WORDS = 3


def generic_head(text: str) -> tuple[str, Generic] | None:
    """The generic noun of a phrase: at its end first ("the Kazakh security
    forces" -> "security forces"), longest match first; failing that, the
    rightmost generic word inside it ("Union of Teachers" -> "union")."""
    words = name_key(text).split()
    cut = next((i for i, w in enumerate(words) if w in _LOCATIVE), 0)
    if cut:  # "Youths in Delta state": the head comes before the place
        found = generic_head(" ".join(words[:cut]))
        if found is not None:
            return found
    for n in range(min(MAX_WORDS, len(words)), 0, -1):
        tail = " ".join(words[-n:])
        if tail in _TABLE:
            sector, inter = _TABLE[tail]
            return tail, Generic(sector, inter)
    for end in range(len(words) - 1, 0, -1):
        for n in range(min(MAX_WORDS, end), 0, -1):
            inner = " ".join(words[end - n : end])
            if inner in _TABLE and inner not in _WEAK_INNER:
                sector, inter = _TABLE[inner]
                return inner, Generic(sector, inter)
    return None


_LOCATIVE = frozenset({"in", "near", "at", "across", "around", "outside"})

# Words that name people only at the head of a phrase ("people's congress"
# is a legislature, not people).
_WEAK_INNER = frozenset({"people", "state", "men", "women", "children", "family", "force", "human"})


def generic_word(word: str) -> Generic | None:
    found = _TABLE.get(name_key(word))
    return Generic(*found) if found else None
