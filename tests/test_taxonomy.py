from tidings.extract import taxonomy


def test_quad_codes_follow_the_manual():
    assert taxonomy.quad_code("AGREE") == 1
    assert taxonomy.quad_code("SUPPORT") == 1
    assert taxonomy.quad_code("AID") == 2
    assert taxonomy.quad_code("RETREAT") == 2
    assert taxonomy.quad_code("THREATEN") == 3
    assert taxonomy.quad_code("ACCUSE") == 3
    assert taxonomy.quad_code("PROTEST") == 4
    assert taxonomy.quad_code("ASSAULT") == 4


def test_every_category_has_a_quad_and_a_cameo_root():
    for category in taxonomy.CATEGORIES:
        assert taxonomy.quad_code(category) in (1, 2, 3, 4)
        root = taxonomy.cameo_root(category)
        assert len(root) == 2 and root.isdigit()


def test_old_names_are_aliases():
    assert taxonomy.normalise_category("DEMAND") == "REQUEST"
    assert taxonomy.normalise_category("disapprove") == "ACCUSE"
    assert taxonomy.normalise_category("INVESTIGATE") == "ACCUSE"
    assert taxonomy.quad_code("FIGHT") == 4
    assert taxonomy.normalise_category("DANCE") is None
    assert taxonomy.quad_code("DANCE") is None


def test_cameo_root_depends_on_mode_where_the_mapping_splits():
    assert taxonomy.cameo_root("ACCUSE", "investigate") == "09"
    assert taxonomy.cameo_root("ACCUSE", "disapprove") == "11"
    assert taxonomy.cameo_root("ASSAULT", "abduct") == "18"
    assert taxonomy.cameo_root("ASSAULT", "heavy-weapons") == "19"
    assert taxonomy.cameo_root("ASSAULT", "unconventional") == "20"
    assert taxonomy.cameo_root("RETREAT", "withdraw") == "08"
    assert taxonomy.cameo_root("REQUEST", "") == "10"
    assert taxonomy.cameo_root("NOTHING", "") == ""


def test_acled_has_six_types_and_twenty_five_sub_types():
    assert len(taxonomy.ACLED_TYPES) == 6
    assert sum(len(subs) for subs in taxonomy.ACLED_TYPES.values()) == 25
    assert taxonomy.acled_event_type("Air/drone strike") == "Explosions/Remote violence"
    assert taxonomy.acled_event_type("Peaceful protest") == "Protests"


def test_out_of_scope_classes_are_labelled_other():
    assert len(taxonomy.OUT_OF_SCOPE) == 5
    for sub in taxonomy.OUT_OF_SCOPE:
        assert taxonomy.acled_event_type(sub) == "Other"


def test_modes_belong_to_their_category():
    assert "withdraw" in taxonomy.MODES["RETREAT"]
    assert "crowd-control" in taxonomy.MODES["ASSAULT"]
    assert "withdraw" not in taxonomy.MODES["ASSAULT"]


def test_inter_codes_for_state_forces_at_home_and_abroad():
    assert taxonomy.inter_code("KEN", "COP") == 1
    assert taxonomy.inter_code("KEN", "MIL", foreign=True) == 8
    assert taxonomy.inter_code("IGO", "MIL") == 8
    assert taxonomy.inter_code("SOM", "REB") == 2
    assert taxonomy.inter_code("KEN", "CVL") == 7
