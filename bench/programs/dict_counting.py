# Dict-heavy counting: word and n-gram frequencies with dict.get, setdefault, nested dicts, items() sorting.
import _harness

VOCAB = ("the quick brown fox jumps over lazy dog and cat runs far away from home while birds "
         "sing in old tall trees near river bank under bright blue sky").split()


def make_text(n, seed):
    state = seed
    words = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        # Skewed choice so some words are much more frequent than others.
        r = state % 1000
        words.append(VOCAB[(r * r // 1000) * len(VOCAB) // 1000])
    return words


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def count_bigrams(words):
    following = {}
    for a, b in zip(words, words[1:]):
        inner = following.setdefault(a, {})
        inner[b] = inner.get(b, 0) + 1
    return following


def count_trigrams(words):
    counts = {}
    for i in range(len(words) - 2):
        key = (words[i], words[i + 1], words[i + 2])
        if key in counts:
            counts[key] += 1
        else:
            counts[key] = 1
    return counts


def index_positions(words):
    positions = {}
    for i, w in enumerate(words):
        positions.setdefault(w[0], []).append(i)
    return positions


def bench(scale):
    checksum = 0
    for k in range(scale):
        words = make_text(2000, k + 1)
        counts = count_words(words)
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        checksum += sum(c * (i + 1) for i, (_, c) in enumerate(top)) + len(counts)
        following = count_bigrams(words)
        best_next = {w: max(sorted(nxt.items()), key=lambda kv: kv[1])[0] for w, nxt in following.items()}
        checksum += sum(len(w) for w in best_next.values()) + sum(len(v) for v in following.values())
        trigrams = count_trigrams(words)
        checksum += len(trigrams) + max(trigrams.values())
        positions = index_positions(words)
        checksum += sum(len(v) * ord(c) for c, v in sorted(positions.items())) % 100003
        merged = dict(counts)
        for w, c in count_words(words[:500]).items():
            merged[w] = merged.get(w, 0) - c
        checksum += sum(v for v in merged.values() if v > 0)
        checksum += len([w for w in counts if w not in following])
    return checksum



DEFAULT_SCALE = 300
QUICK_SCALE = 30

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
