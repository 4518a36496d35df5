// The CSV writer for earnings.
#include "ledger/EarningsCsv.h"

#include <QStringList>

namespace fw::ledger {

namespace {
QString field(QString text)
{
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
        return QLatin1String("\"") + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
               QLatin1String("\"");
    return text;
}
} // namespace

QByteArray earningsCsv(const EarningsReport& report)
{
    QStringList rows{QStringLiteral("day,node,request,deployment,party,role,amount_units,"
                                    "amount_open,datanet,record")};
    for (const EarningSlice& s : report.slices) {
        const QStringList cells{s.day.toString(Qt::ISODate),
                                s.node,
                                s.requestId,
                                s.deployment,
                                s.party,
                                roleName(s.role),
                                QString::number(s.amount),
                                formatOpen(s.amount),
                                s.datanetVersion.isEmpty() ? QString()
                                                           : report.versionLabel(s.datanetVersion),
                                QString::fromLatin1(s.recordHash.toHex())};
        QStringList quoted;
        for (const QString& c : cells)
            quoted << field(c);
        rows << quoted.join(QLatin1Char(','));
    }
    return rows.join(QLatin1String("\r\n")).toUtf8() + "\r\n";
}

} // namespace fw::ledger
