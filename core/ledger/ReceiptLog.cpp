// Line-by-line verification of a receipt file; the first failure stops it.
#include "ledger/ReceiptLog.h"

#include <QList>
#include <set>

namespace fw::ledger {

namespace {
class LogChecker
{
public:
    // `lines`: failures name a file's line; otherwise the receipt's place in the list.
    LogChecker(ChainStart start, bool lines) : m_linker(start), m_lines(lines) {}

    // False once a receipt failed; `line` is 1-based.
    bool add(const Receipt& receipt, int line)
    {
        if (Status s = m_linker.accept(receipt); !s)
            return fail(line, s.error().message);
        ++m_check.verified;
        m_nodes.insert(receipt.node);
        return true;
    }

    bool fail(int line, const QString& why)
    {
        m_check.failedLine = line;
        m_check.message = m_lines ? ReceiptLog::tr("Line %1: %2").arg(line).arg(why)
                                  : ReceiptLog::tr("Receipt %1: %2").arg(line).arg(why);
        return false;
    }

    ReceiptLogCheck result()
    {
        m_check.nodes = int(m_nodes.size());
        return m_check;
    }

private:
    ReceiptLinker m_linker;
    bool m_lines;
    ReceiptLogCheck m_check;
    std::set<QString> m_nodes;
};
} // namespace

ReceiptLogCheck verifyReceiptLog(const QByteArray& jsonl, ChainStart start)
{
    LogChecker checker(start, true);
    const QList<QByteArray> lines = jsonl.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        Result<Receipt> receipt = Receipt::fromJson(line);
        if (!receipt) {
            checker.fail(i + 1, receipt.error().message);
            break;
        }
        if (!checker.add(*receipt, i + 1))
            break;
    }
    return checker.result();
}

ReceiptLogCheck verifyReceipts(const std::vector<Receipt>& receipts, ChainStart start)
{
    LogChecker checker(start, false);
    for (size_t i = 0; i < receipts.size(); ++i)
        if (!checker.add(receipts[i], int(i) + 1))
            break;
    return checker.result();
}

QByteArray toReceiptLog(const std::vector<Receipt>& receipts)
{
    QByteArray out;
    for (const Receipt& r : receipts)
        out += r.toJson() + '\n';
    return out;
}

} // namespace fw::ledger
