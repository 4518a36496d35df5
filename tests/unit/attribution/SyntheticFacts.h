// A synthetic datanet for attribution tests and benchmarks: each contributor holds facts nobody
// else holds, made of random pseudo-words, and answers that restate or paraphrase them.
#pragma once

#include <QRandomGenerator>
#include <QStringList>

namespace fw::test {

struct Fact
{
    int contributor = 0;
    QString instruction;
    QString output;
};

// A pronounceable word of 2-4 syllables.
inline QString pseudoWord(QRandomGenerator& rng)
{
    static const char* const syllables[] = {"ka", "lo", "mi", "ra", "te", "su", "vo",
                                            "ne", "pi", "da", "gu", "fe", "zo", "ri",
                                            "ba", "ho", "ce", "ju", "wa", "xi"};
    QString w;
    for (quint32 n = 2 + rng.bounded(3); n > 0; --n)
        w += QLatin1String(syllables[rng.bounded(20)]);
    return w;
}

inline QStringList pseudoWords(QRandomGenerator& rng, int count)
{
    QStringList words;
    for (int i = 0; i < count; ++i)
        words << pseudoWord(rng);
    return words;
}

// `perContributor` facts for each of `contributors` people.
inline QList<Fact> syntheticFacts(int contributors, int perContributor, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<Fact> facts;
    for (int c = 0; c < contributors; ++c)
        for (int k = 0; k < perContributor; ++k) {
            const QString archive = pseudoWord(rng);
            const QString place = pseudoWord(rng);
            facts.append(
                {c, QStringLiteral("What does the %1 archive of %2 record?").arg(archive, place),
                 QStringLiteral("The %1 archive of %2 records that %3.")
                     .arg(archive, place, pseudoWords(rng, 14).join(QLatin1Char(' ')))});
        }
    return facts;
}

// The fact restated: its opening changed, one word in five replaced, a filler clause added.
inline QString paraphraseWithNoise(const Fact& fact, QRandomGenerator& rng)
{
    QStringList words = fact.output.split(QLatin1Char(' '));
    words = words.mid(3); // drop "The <archive> archive"
    for (int i = 4; i < words.size(); i += 5)
        words[i] = pseudoWord(rng);
    return QStringLiteral("As far as I know, the %1, which is often asked about.")
        .arg(words.join(QLatin1Char(' ')));
}

} // namespace fw::test
