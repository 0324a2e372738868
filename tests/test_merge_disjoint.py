from tidings.merge.disjoint import DisjointSets


def test_joins_chain_into_one_set_and_untouched_items_stay_alone():
    sets = DisjointSets(6)
    sets.attach(sets.find(1), sets.find(0))
    sets.attach(sets.find(3), sets.find(1))
    sets.attach(sets.find(5), sets.find(4))
    assert sets.find(3) == sets.find(0)
    assert sets.find(2) == 2
    assert sorted(sets.groups().values()) == [[0, 1, 3], [2], [4, 5]]


def test_the_caller_chooses_which_root_survives():
    sets = DisjointSets(3)
    sets.attach(0, 2)
    assert sets.find(0) == 2
    assert sets.groups() == {2: [0, 2], 1: [1]}
