// Identity output formats.
#include "IdentityFormat.h"

namespace fw::cli {

QString identityLine(const wallet::Identity& identity)
{
    QString line = identity.address + QLatin1Char('\t') + identity.name;
    if (identity.isDefault)
        line += QStringLiteral("\tdefault");
    if (identity.external)
        line += QStringLiteral("\texternal");
    return line;
}

QJsonObject identityJson(const wallet::Identity& identity)
{
    return {{QStringLiteral("address"), identity.address},
            {QStringLiteral("name"), identity.name},
            {QStringLiteral("default"), identity.isDefault},
            {QStringLiteral("external"), identity.external},
            {QStringLiteral("publicKey"), QString::fromLatin1(identity.publicKey.toHex())},
            {QStringLiteral("createdAt"), identity.createdAt.toUTC().toString(Qt::ISODate)}};
}

QString identityLines(const QList<wallet::Identity>& identities)
{
    QStringList lines;
    for (const wallet::Identity& identity : identities)
        lines.append(identityLine(identity));
    return lines.join(QLatin1Char('\n'));
}

} // namespace fw::cli
