#!/usr/bin/env python3
"""Writes examples/trajectories/synthetic-blocks.jsonl with the bridge's own recorder
(python/unmask_trajectory.py): a synthetic run, not a model's, in the shape a LLaDA-style
block sampler with low-confidence remasking records. The text is the opening of the README's
theory paragraph split into word pieces with GPT-2 `Ġ` markers; G = 128 positions in 4 blocks
of 32, 64 steps (16 per block, 2 tokens per step); in each step the two masked positions of
the block with the highest made-up confidence are revealed, and one early guess is remasked and
corrected later so the run has an edit. Deterministic (seeded); rerun after changing it:

    python3 scripts/generate_example_trajectories.py
"""
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "python"))
from unmask_trajectory import TrajectoryRecorder  # noqa: E402

TEXT = ("A masked diffusion model starts from a sequence of masks and reveals a few tokens at each "
        "step. The mask schedule says how many: alpha of t is the fraction revealed by time t. "
        "Chen et al. show that alpha = sin squared of pi over two times gamma minimises three "
        "energies at once, so choosing gamma as a Beta CDF turns schedule design into a search "
        "over two numbers, with no retraining.\n")
G, B, S = 128, 32, 64


def pieces(text):
    words = text.replace("\n", " \n").split(" ")
    out = []
    for index, word in enumerate(words):
        if word == "\n":
            out.append("Ċ")
            continue
        prefix = "Ġ" if index > 0 and out and out[-1] != "Ċ" else ""
        while len(word) > 6:  # long words become two pieces, as BPE splits them
            out.append(prefix + word[:4])
            word, prefix = word[4:], ""
        out.append(prefix + word)
    return out


def main():
    rng = random.Random(7)
    tokens = pieces(TEXT)
    tokens = (tokens + ["<|eot_id|>"] * G)[:G]
    path = os.path.join(ROOT, "examples", "trajectories", "synthetic-blocks.jsonl")
    per_block = S // (G // B)
    wrong = {5: "Ġmodels"}  # position 5 is first guessed wrong, remasked in the next block's first step
    with TrajectoryRecorder(path, model="synthetic (scripts/generate_example_trajectories.py)",
                            prompt=["Explain", "Ġmask", "Ġschedules", ":", "Ċ"], gen_length=G, steps=S,
                            block_length=B, mask_token="<|mdm_mask|>", schedule="linear", remasking="low_confidence",
                            temperature=0.0) as recorder:
        step = 0
        for block in range(G // B):
            masked = list(range(block * B, (block + 1) * B))
            confidence = {p: rng.uniform(0.3, 1.0) for p in masked}
            for k in range(per_block):
                step += 1
                masked.sort(key=lambda p: -confidence[p])
                chosen, masked = masked[:2], masked[2:]
                revealed = [(p, wrong.get(p, tokens[p]), round(confidence[p] * (0.9 + 0.1 * k / per_block), 4))
                            for p in sorted(chosen)]
                remasked = None
                if block == 1 and k == 0:
                    remasked = sorted(wrong)
                    revealed += [(p, tokens[p], 0.97) for p in sorted(wrong)]
                recorder.step(step, block, revealed, remasked=remasked)
        recorder.finish(tokens, "".join(t.replace("Ġ", " ").replace("Ċ", "\n") for t in tokens), S)
    print(path)


if __name__ == "__main__":
    main()
