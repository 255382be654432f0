"""The function-word profile that spares most documents the full language detector."""
from storygraph.nlp.languages import detect, profile

EN = ("The minister said on Monday that the group would stay in Mali, and that it was not "
      "going to leave the country which has been its partner for years. They have said this "
      "before, but the government will not accept it from the people who were there.")
FR = ("Le ministre a déclaré lundi que le groupe resterait au Mali et qu'il ne quitterait pas "
      "le pays, qui est son partenaire depuis des années. Les autorités ont dit cela avant, "
      "mais elles ne sont pas prêtes à accepter cette décision selon leur porte-parole.")
ES = ("El ministro dijo el lunes que el grupo se quedaría en Malí y que no abandonaría el país, "
      "que ha sido su socio durante años. Las autoridades lo han dicho antes, pero el gobierno "
      "no aceptará esa decisión de las personas que estaban allí, según su portavoz oficial.")
DE = ("Der Minister sagte am Montag, die Gruppe werde in Mali bleiben und das Land nicht "
      "verlassen, das seit Jahren ihr Partner sei. Die Behörden haben das schon früher gesagt, "
      "aber die Regierung wird diese Entscheidung der Menschen dort nicht akzeptieren.")


def test_profile_decides_plain_english_and_french():
    assert profile(EN) == "en"
    assert profile(FR) == "fr"


def test_profile_abstains_on_short_mixed_and_other_languages():
    assert profile("The minister said on Monday that Russia would help Mali.") is None
    assert profile(EN[:150] + " " + FR) is None
    assert profile(ES) is None
    assert profile(DE) is None


def test_detect_falls_back_to_the_full_detector_when_the_profile_abstains():
    assert detect(EN) == "en"
    assert detect(FR) == "fr"
    assert detect(ES) == "es"
    assert detect(DE) == "de"
