"""Where an ACLED-style note or wire line places its event: the town before
its bracketed areas, else the nearest place the gazetteer knows, as ACLED's
location column does. Lines written for these tests; each row is one
behaviour."""

from __future__ import annotations

import pytest

from test_places_event_sites import _place_of

NOTES = [
    pytest.param(
        "On 18 October 2022, ADF rebels kidnapped nine civilians in Mantumbi (Beni, North Kivu).",
        "kidnapped", ("Beni", "admin2"), id="unknown-village-takes-first-bracketed-area",
    ),
    pytest.param(
        "On 14 August 2023, FAMa took over the Tessit camp (Ansongo, Gao) after MINUSMA peacekeepers left.",
        "took", ("Tessit", "city"), id="camp-named-after-its-town",
    ),
    pytest.param(
        # Goundam lies in the Timbuktu region, 70 km from the city of Timbuktu.
        "On 9 April 2022, JNIM militants set up a base in Goundam (Timbuktu).",
        "set", ("Goundam", "city"), id="bracket-names-region-by-its-chief-town",
    ),
    pytest.param(
        "On 5 August 2023, three soldiers were killed in a gunfight with militants in Halan forest (Kulgam, Jammu and Kashmir).",
        "killed", ("Kulgam", "admin2"), id="district-listed-first-in-bracket",
    ),
    pytest.param(
        # spaCy tags only "Markos", which alone reads as a town in Poland.
        "On 7 November 2023, Fano militiamen ambushed ENDF troops near Debre Markos (East Gojam, Amhara).",
        "ambushed", ("Debre Mark’os", "city"), id="town-the-parser-cuts-in-half",
    ),
    pytest.param(
        # "Kossi" is read by an alias ("Province de la Kossi"), as "Kremlin" is Moscow's.
        "On 2 April 2025, militants attacked a gendarmerie post in Djibasso (Kossi, Boucle du Mouhoun).",
        "attacked", ("Kossi", "admin2"), id="district-after-unknown-village-is-no-office",
    ),
    pytest.param(
        "On 21 September 2024, RSF fighters attacked El Fasher (El Fasher, North Darfur).",
        "attacked", ("El Fasher", "city"), id="town-in-district-of-its-name",
    ),
    pytest.param(
        "On 3 October 2023, police dispersed protesters with tear gas in Dakar (Dakar).",
        "dispersed", ("Dakar", "city"), id="town-in-region-of-its-name",
    ),
    pytest.param(
        "On 20 June 2024, armed youth from Tonj attacked cattle keepers in Gogrial (Gogrial West, Warrap).",
        "attacked", ("Gogrial", "city"), id="where-the-doers-came-from-is-not-the-site",
    ),
    pytest.param(
        # GeoNames spells it Kabkābīyah.
        "On 26 October 2024, Sudanese army aircraft bombed Kabkabiya (North Darfur).",
        "bombed", ("Kabkābīyah", "city"), id="arabic-name-without-final-h",
    ),
    pytest.param(
        "On 4 March 2024, an IED exploded near a police patrol in Muqdadiya (Diyala).",
        "exploded", ("Al Miqdādīyah", "city"), id="arabic-name-without-final-h-as-guess",
    ),
    pytest.param(
        "On 11 January 2024, bandits attacked travellers on the Kaduna-Abuja highway near Katari (Kachia, Kaduna).",
        "attacked", ("Kachia", "admin2"), id="unknown-village-on-a-road-takes-its-district",
    ),
    pytest.param(
        "On 20 November 2022, JNIM militants kidnapped three truck drivers on the Douentza-Boni road (Mopti).",
        "kidnapped", ("Douentza", "city"), id="road-placed-at-its-first-town",
    ),
    pytest.param(
        # The parser tags "Jammu" and "Kashmir" apart; Jammu is a city 200 km from Kupwara.
        "Indian security forces killed three militants in a gunfight in Kupwara district of Jammu and Kashmir.",
        "killed", ("Kupwara", "admin2"), id="area-name-cut-at-and-is-read-whole",
    ),
    pytest.param(
        "Protesters gathered in Port of Spain, the capital of Trinidad and Tobago, and police arrested 12.",
        "arrested", ("Port of Spain", "city"), id="town-name-cut-at-of-is-read-whole",
    ),
    pytest.param(
        # Kuriga is unknown; "Kaduna state" is the state, not its capital.
        "Armed men abducted more than 200 pupils from a school in Kuriga, a town in northwestern Kaduna state.",
        "abducted", ("Kaduna", "admin1"), id="name-before-state-is-the-state",
    ),
    pytest.param(
        # A capital's possessive is often its government; not before a part of the city.
        "Police arrested dozens of opposition supporters in Kampala's Kawempe division on Thursday.",
        "arrested", ("Kampala", "city"), id="capital-owning-a-division-is-the-city",
    ),
    pytest.param(
        # The trigger is the noun that "hit" has as its subject; "Myanmar" only modifies it.
        "Myanmar military airstrikes hit Lashio on Friday, killing 10 civilians.",
        "airstrikes", ("Lashio", "city"), id="what-the-trigger-as-subject-hit",
    ),
    pytest.param(
        # The parser makes the town the subject of "demanding"; after "in" it is no speaker.
        "On 21 July 2024, protesters demonstrated in Tel Aviv-Yafo (Tel Aviv, Tel Aviv) demanding a hostage deal.",
        "demonstrated", ("Tel Aviv", "city"), id="place-after-in-is-no-speaker",
    ),
    pytest.param(
        "A strong earthquake shook the northern Philippines, triggering landslides in Abra province.",
        "shook", ("Abra", "admin2"), id="province-inside-the-country-that-won",
    ),
    pytest.param(
        "KYIV — Russian forces pounded the eastern city of Kramatorsk with missiles overnight, killing three people.",
        "pounded", ("Kramatorsk", "city"), id="capital-dateline-is-where-the-bureau-filed",
    ),
    pytest.param(
        "MANILA, Philippines — Soldiers clashed with communist rebels in the mountains of Northern Samar province.",
        "clashed", ("Northern Samar", "admin2"), id="capital-dateline-yields-to-a-province",
    ),
    pytest.param(
        "Gunmen killed 20 civilians in central Mali on Friday. The deadly attack happened near Bandiagara, officials said.",
        "killed", ("Bandiagara", "city"), id="next-sentence-says-where-it-took-place",
    ),
    pytest.param(
        # Bandiagara is named, but not as where the killing happened.
        "Gunmen killed 20 civilians in central Mali on Friday. The army said it would send troops to Bandiagara.",
        "killed", ("Mali", "country"), id="next-sentence-naming-a-town-for-another-reason",
    ),
    pytest.param(
        # "Feodosia" is another spelling of both the town and the district named after it.
        "On 17 October 2024, Ukrainian drones hit an oil depot in Feodosia (Crimea).",
        "hit", ("Feodosiya", "city"), id="town-not-the-district-named-after-it",
    ),
    pytest.param(
        "On 21 May 2024, Ukrainian drones struck an airfield near Dzhankoi in northern Crimea.",
        "struck", ("Dzhankoy", "city"), id="town-not-its-district-without-a-bracket",
    ),
    pytest.param(
        "Israeli forces raided the West Bank city of Jenin, killing three Palestinians.",
        "raided", ("Janīn", "city"), id="area-before-city-of-says-where-the-city-lies",
    ),
    pytest.param(
        "Government forces bombed the Idlib town of Saraqeb, killing four.",
        "bombed", ("Saraqib", "city"), id="province-before-town-of-is-no-site",
    ),
    pytest.param(
        # GeoNames files "Hodeidah" under the governorate only; the port is the city.
        "Saudi-led coalition jets bombed the Red Sea port of Hodeidah on Tuesday.",
        "bombed", ("Al Ḩudaydah", "city"), id="port-of-names-a-town",
    ),
    pytest.param(
        # GeoNames spells Chhattisgarh's district "Bijapur" only as another name;
        # the district of that very name lies in Karnataka.
        "On 12 March 2023, police defused an IED planted on a road in Bijapur district (Chhattisgarh).",
        "defused", ("Bijapur", "admin2"), id="district-by-another-spelling-inside-its-bracket",
    ),
    pytest.param(
        # A force's nationality is no vote, and "Jenin" is a Polish village's own name.
        "On 3 July 2023, Israeli forces raided Jenin refugee camp (Jenin). 12 fatalities.",
        "raided", ("Janīn", "city"), id="stray-namesake-gives-way-to-the-reading-at-home",
    ),
    pytest.param(
        "On 22 May 2023, demonstrators gathered in front of the governorate building in Sweida (As-Sweida).",
        "gathered", ("As-Suwayda", "city"), id="town-filed-under-the-area-it-was-read-as",
    ),
    pytest.param(
        # Gombe is also a Nigerian state and city.
        "On 12 December 2023, police dispersed a protest in Kinshasa - Gombe (Kinshasa).",
        "dispersed", ("Kinshasa", "city"), id="city-dash-quarter-unknown-quarter",
    ),
    pytest.param(
        "On 2 February 2023, a man was killed by police in Lagos - Ikeja (Lagos).",
        "killed", ("Ikeja", "city"), id="city-dash-quarter-known-quarter",
    ),
    pytest.param(
        # The parser tags "Port-au-Prince - Delmas" as one place.
        "On 2 May 2023, a woman was killed by unidentified armed men in Port-au-Prince - Delmas (Ouest).",
        "killed", ("Delmas", "city"), id="city-dash-quarter-tagged-as-one",
    ),
    pytest.param(
        # GeoNames gives the raion no point of its own.
        "On 11 March 2022, Russian shelling hit a hospital in Kyiv - Obolonskyi (Kyiv city).",
        "hit", ("Kyiv", "city"), id="city-dash-quarter-without-a-point",
    ),
    pytest.param(
        # The parser calls "Tessalit" a person; "Malian" is also a town in China.
        "Peacekeepers completed their withdrawal from Tessalit camp, which was taken over by the Malian army.",
        "withdrawal", ("Tessalit", "city"), id="town-before-camp-in-the-nationality-s-country",
    ),
    pytest.param(
        "PORT-AU-PRINCE, Haiti (AP) — Gangs attacked the town of Mirebalais in central Haiti, freeing inmates.",
        "attacked", ("Mirebalais", "city"), id="country-after-in-holds-the-town",
    ),
    pytest.param(
        # Barsalogho is not in the gazetteer; the bureau's capital is not where it happened.
        "OUAGADOUGOU, Burkina Faso — Jihadists attacked the town of Barsalogho, killing hundreds of villagers.",
        "attacked", ("Burkina Faso", "country"), id="capital-dateline-yields-to-an-unknown-town",
    ),
    pytest.param(
        "OUAGADOUGOU, Burkina Faso — Protesters marched through the capital on Saturday.",
        "marched", ("Ouagadougou", "city"), id="capital-dateline-stands-when-no-other-place-is-named",
    ),
]


@pytest.mark.parametrize("text, trigger, expected", NOTES)
def test_an_acled_note_is_placed_at_its_most_specific_known_place(text, trigger, expected):
    place = _place_of(text, trigger)
    assert (place.resolved_place, place.resolution) == expected


def test_a_district_by_another_spelling_is_the_one_its_bracket_holds():
    place = _place_of("On 12 March 2023, police defused an IED planted on a road in Bijapur district (Chhattisgarh).", "defused")
    assert (place.resolved_place, place.admin1) == ("Bijapur", "Chhattisgarh")
