// Eight small preference pairs (a right and a wrong answer to a factual question), shared by the
// tests that train reward models and DPO on them.
#pragma once

#include "ml/PreferenceDataset.h"

#include <vector>

namespace fw::test {

inline std::vector<ml::PreferenceExample> preferencePairs()
{
    return {{"Capital of France?", "Paris.", "Rome.", {}},
            {"2 + 3?", "5", "7", {}},
            {"Colour of the sky?", "Blue.", "Green.", {}},
            {"Who wrote Hamlet?", "Shakespeare.", "Dickens.", {}},
            {"Ice is made of?", "Water.", "Sand.", {}},
            {"Largest ocean?", "The Pacific.", "The Arctic.", {}},
            {"Legs on a spider?", "Eight.", "Six.", {}},
            {"Boiling point of water?", "100 C.", "50 C.", {}}};
}

} // namespace fw::test
