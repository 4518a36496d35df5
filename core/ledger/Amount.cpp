// Parsing and printing OPEN amounts digit by digit, so no value ever passes through a double.
#include "ledger/Amount.h"

#include <QCoreApplication>

namespace fw::ledger {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::ledger", text);
}

Error invalid(const QString& text, const QString& why)
{
    return makeError(ErrorCode::InvalidArgument,
                     tr("\"%1\" is not an OPEN amount: %2").arg(text, why));
}

} // namespace

Result<Amount> parseOpen(const QString& text)
{
    const QString t = text.trimmed();
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? t : t.left(dot);
    const QString fraction = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return invalid(text, tr("it has no digits"));
    if (fraction.size() > 6)
        return invalid(text, tr("at most 6 decimals (1 OPEN = 1,000,000 units)"));
    if (dot >= 0 && fraction.isEmpty())
        return invalid(text, tr("digits must follow the decimal point"));
    Amount units = 0;
    for (const QChar c : whole + fraction.leftJustified(6, QLatin1Char('0'))) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return invalid(text, tr("only digits and one decimal point are allowed"));
        if (units > (kMaxAmount - (c.unicode() - '0')) / 10)
            return invalid(
                text, tr("more than the largest amount, %1 OPEN").arg(kMaxAmount / kUnitsPerOpen));
        units = units * 10 + (c.unicode() - '0');
    }
    return units;
}

QString formatOpen(Amount units)
{
    const bool negative = units < 0;
    const uint64_t magnitude = negative ? uint64_t(0) - uint64_t(units) : uint64_t(units);
    QString text = QString::number(magnitude / kUnitsPerOpen);
    if (const uint64_t fraction = magnitude % kUnitsPerOpen; fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(6, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char('.') + digits;
    }
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace fw::ledger
