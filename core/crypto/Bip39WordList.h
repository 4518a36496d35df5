// The BIP39 English word list (2048 words), generated into a table at configure time.
#pragma once

namespace fw::bip39 {
extern const char* const kEnglishWords[2048];
}
