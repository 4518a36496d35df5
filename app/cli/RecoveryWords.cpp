// Recovery phrase input.
#include "RecoveryWords.h"

#include "CliContext.h"
#include "Terminal.h"

#include "crypto/Mnemonic.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>

namespace fw::cli {

Result<QStringList> readRecoveryWords(const CliContext& context)
{
    const int expected = crypto::mnemonic::kWordCount;
    if (stdinIsTerminal())
        context.out().note(QCoreApplication::translate("fw::cli", "Enter the %1 recovery words: ").arg(expected));
    const QStringList words = readWords(expected);
    if (words.size() != expected)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("fw::cli", "Expected %1 recovery words on standard input, got %2.")
                             .arg(expected)
                             .arg(words.size()));
    if (Result<crypto::SecureBytes> entropy = crypto::mnemonic::toEntropy(words); !entropy)
        return entropy.error();
    return words;
}

} // namespace fw::cli
