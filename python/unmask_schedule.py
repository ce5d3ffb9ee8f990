"""Read `unmask export` schedule files (format unmask-schedule/1) into LLaDA-style samplers.

Standard library only; torch is used when it is importable and the mask is a tensor.
Paste this file next to LLaDA's generate.py and replace

    num_transfer_tokens = get_num_transfer_tokens(block_mask_index, steps)

with

    num_transfer_tokens = unmask_schedule.num_transfer_tokens(block_mask_index, steps, schedule, block=num_block)

(docs/llada.md in the unmask repository has the whole patch, eval_llada.py included).

Time convention (as in unmask): t = 0 is fully masked, t = 1 clean data, alpha(t) is the
fraction of tokens unmasked at t, in each block's own clock; step k (0-based) of a block runs
from t_k = k/n to t_{k+1} and reveals counts[block][k] tokens.
"""

import json
import math

FORMAT = "unmask-schedule/1"

CSV_HEADER = "block,step,t_start,t_end,alpha_start,alpha_end,tokens"

# Values within this relative distance of a half-integer count as that half-integer, as in
# unmask's StepPlan (TokenCounts.swift), so floating noise cannot flip a rounding.
_SNAP_TOLERANCE = 1e-9


class Schedule:
    """A schedule file's contents: the metadata, one block's t and alpha grid, and the counts
    (one list per block, steps_per_block counts each)."""

    def __init__(self, path, alpha, length, steps, block_length, rounding, seed, version, t, alpha_values, counts):
        self.path = path
        self.alpha = alpha
        self.length = length
        self.steps = steps
        self.block_length = block_length
        self.rounding = rounding
        self.seed = seed
        self.version = version
        self.t = t
        self.alpha_values = alpha_values
        self.counts = counts

    @property
    def blocks(self):
        return len(self.counts)

    @property
    def steps_per_block(self):
        return len(self.t) - 1

    def __repr__(self):
        return (f"Schedule(alpha={self.alpha!r}, length={self.length}, steps={self.steps}, "
                f"block_length={self.block_length}, rounding={self.rounding!r}, path={self.path!r})")


def load_schedule(path):
    """Reads a JSON or CSV schedule file written by `unmask export`.

    Raises ValueError naming the file and the bad key (JSON) or line (CSV) when the file is not
    a complete unmask-schedule/1 file."""
    path = str(path)
    with open(path, "r", encoding="utf-8") as handle:
        text = handle.read()
    if text.lstrip().startswith("{"):
        return _from_json(path, text)
    return _from_csv(path, text)


def num_transfer_tokens(mask_index, steps, schedule, block=0):
    """A drop-in for LLaDA's get_num_transfer_tokens(mask_index, steps) that reads a schedule file.

    mask_index: the current block's mask, a batch of boolean rows (a torch tensor, or lists).
    steps: the sampler's steps per block; must equal the file's.
    schedule: a Schedule from load_schedule (or a path).
    block: the block being decoded (0-based, LLaDA's num_block).

    A row with m masked tokens gets the file's counts of `block` when m equals the file's block
    length; otherwise the file's alpha grid applied to m tokens with cumulative rounding,
    c_k = R(m*alpha_{k+1}) - R(m*alpha_k) with R rounding halves up (as unmask does), so every
    row's counts sum to m. Returns a torch int64 tensor on mask_index's device when mask_index is
    a tensor, else a list of lists of ints: one row per batch row, `steps` counts each."""
    if not isinstance(schedule, Schedule):
        schedule = load_schedule(schedule)
    if isinstance(steps, bool) or not isinstance(steps, int) or steps != schedule.steps_per_block:
        raise ValueError(f"steps = {steps!r} but {schedule.path} has {schedule.steps_per_block} steps per block "
                         f"(steps {schedule.steps} over {schedule.blocks} blocks)")
    if isinstance(block, bool) or not isinstance(block, int) or not 0 <= block < schedule.blocks:
        raise ValueError(f"block = {block!r} is outside 0..{schedule.blocks - 1} of {schedule.path}")
    torch = _torch_for(mask_index)
    if torch is not None:
        if mask_index.dim() != 2:
            raise ValueError(f"mask_index must be a batch of rows (2 dimensions), not {mask_index.dim()}")
        masked = [int(m) for m in mask_index.sum(dim=1).tolist()]
    else:
        masked = []
        for index, row in enumerate(mask_index):
            if isinstance(row, (str, bytes)) or not hasattr(row, "__iter__"):
                raise ValueError(f"mask_index row {index} is not a list of booleans")
            masked.append(sum(1 for value in row if value))
    rows = [list(schedule.counts[block]) if m == schedule.block_length else cumulative_counts(m, schedule.alpha_values)
            for m in masked]
    if torch is not None:
        return torch.tensor(rows, dtype=torch.int64, device=mask_index.device).reshape(len(rows), steps)
    return rows


def check_generation(schedule, gen_length, block_length, steps):
    """Raises ValueError unless the file was exported for this generate() call: its length is
    gen_length, its block length block_length and its steps (over all blocks) steps."""
    for name, mine, theirs in (("gen_length", schedule.length, gen_length),
                               ("block_length", schedule.block_length, block_length),
                               ("steps", schedule.steps, steps)):
        if mine != theirs:
            raise ValueError(f"{name} = {theirs!r} but {schedule.path} was exported with "
                             f"{'length' if name == 'gen_length' else name} {mine}")


def cumulative_counts(m, alpha_values):
    """round(m*alpha_{k+1}) - round(m*alpha_k) for k = 0..n-1, halves rounded up, with the ends
    fixed at 0 and m (StepPlan's cumulative rounding)."""
    n = len(alpha_values) - 1
    revealed = [0] + [_round_half_up(m * alpha_values[k]) for k in range(1, n)] + [m]
    return [revealed[k + 1] - revealed[k] for k in range(n)]


def _round_half_up(x):
    """x rounded to the nearest integer, halves away from zero (x >= 0), after snapping values
    within 1e-9 (relative) of a half-integer onto it. Python's round() would round halves to
    even; floor(x + 0.5) could round 0.49999999999999994 up, so the fraction is compared exactly."""
    half = _round_half_away(x * 2) / 2
    if abs(x - half) <= _SNAP_TOLERANCE * max(1.0, abs(x)):
        x = half
    whole = math.floor(x)
    return int(whole) + (1 if x - whole >= 0.5 else 0)


def _round_half_away(y):
    whole = math.floor(y)
    return whole + (1 if y - whole >= 0.5 else 0)


def _torch_for(mask_index):
    """torch, when mask_index is a torch tensor and torch imports; else None."""
    if not type(mask_index).__module__.startswith("torch"):
        return None
    try:
        import torch
    except ImportError:
        return None
    return torch if isinstance(mask_index, torch.Tensor) else None


def _is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value):
    return (isinstance(value, (int, float)) and not isinstance(value, bool)) and math.isfinite(value)


def _from_json(path, text):
    try:
        data = json.loads(text)
    except ValueError as error:
        raise ValueError(f"{path}: not a complete JSON schedule file ({error})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a JSON object")

    def key(name, check, description):
        if name not in data:
            raise ValueError(f"{path}: key '{name}' is missing")
        value = data[name]
        if not check(value):
            raise ValueError(f"{path}: key '{name}' must be {description}, not {value!r:.60}")
        return value

    fmt = key("format", lambda v: isinstance(v, str), "a string")
    if fmt != FORMAT:
        raise ValueError(f"{path}: key 'format' is {fmt!r:.60}, expected {FORMAT!r}")
    numbers = lambda v: isinstance(v, list) and len(v) >= 2 and all(_is_number(x) for x in v)
    counts = lambda v: isinstance(v, list) and len(v) >= 1 and all(
        isinstance(row, list) and all(_is_int(x) and x >= 0 for x in row) for row in v)
    schedule = Schedule(
        path=path,
        alpha=key("alpha", lambda v: isinstance(v, str), "a string"),
        length=key("length", lambda v: _is_int(v) and v >= 1, "a positive integer"),
        steps=key("steps", lambda v: _is_int(v) and v >= 1, "a positive integer"),
        block_length=key("block_length", lambda v: _is_int(v) and v >= 1, "a positive integer"),
        rounding=key("rounding", lambda v: isinstance(v, str), "a string"),
        seed=key("seed", lambda v: _is_int(v) and v >= 0, "a non-negative integer"),
        version=key("version", lambda v: isinstance(v, str), "a string"),
        t=[float(x) for x in key("t", numbers, "a list of at least 2 numbers")],
        alpha_values=[float(x) for x in key("alpha_values", numbers, "a list of at least 2 numbers")],
        counts=key("counts", counts, "a list of lists of non-negative integers"),
    )
    _check_shape(schedule, lambda name: f"{path}: key '{name}'")
    return schedule


def _from_csv(path, text):
    metadata = {}
    rows = []
    header_line = None
    for number, line in enumerate(text.splitlines(), start=1):
        where = f"{path}, line {number}"
        if header_line is None:
            if line.startswith("#"):
                name, colon, value = line[1:].partition(":")
                if not colon:
                    raise ValueError(f"{where}: expected '# key: value', got {line!r:.60}")
                metadata[name.strip()] = (value.strip(), number)
                continue
            if line.strip() != CSV_HEADER:
                raise ValueError(f"{where}: expected the header {CSV_HEADER!r}, got {line!r:.60}")
            header_line = number
            if "format" not in metadata:
                raise ValueError(f"{path}: the metadata line '# format: {FORMAT}' is missing before line {number}")
            continue
        if not line.strip():
            continue
        fields = line.split(",")
        if len(fields) != 7:
            raise ValueError(f"{where}: expected 7 fields, got {len(fields)}")
        try:
            block, step, tokens = int(fields[0]), int(fields[1]), int(fields[6])
            times = [float(x) for x in fields[2:6]]
        except ValueError:
            raise ValueError(f"{where}: not a row of numbers: {line!r:.60}") from None
        if not all(math.isfinite(x) for x in times) or tokens < 0:
            raise ValueError(f"{where}: not a row of finite numbers and a count: {line!r:.60}")
        rows.append((number, block, step, times, tokens))
    if header_line is None:
        if "format" not in metadata:
            raise ValueError(f"{path}: the metadata line '# format: {FORMAT}' is missing")
        raise ValueError(f"{path}: the header line {CSV_HEADER!r} is missing")
    fmt, fmt_line = metadata["format"]
    if fmt != FORMAT:
        raise ValueError(f"{path}, line {fmt_line}: format is {fmt!r:.60}, expected {FORMAT!r}")

    def meta(name, convert, description):
        if name not in metadata:
            raise ValueError(f"{path}: the metadata line '# {name}: …' is missing")
        value, number = metadata[name]
        try:
            result = convert(value)
        except ValueError:
            result = None
        if result is None:
            raise ValueError(f"{path}, line {number}: {name} must be {description}, not {value!r:.60}")
        return result

    positive = lambda v: int(v) if int(v) >= 1 else None
    if not rows:
        raise ValueError(f"{path}: no rows after the header (line {header_line})")
    counts, t, alpha_values = [], [], []
    for number, block, step, (t_start, t_end, alpha_start, alpha_end), tokens in rows:
        if step == 0:
            if block != len(counts):
                raise ValueError(f"{path}, line {number}: block {block} where block {len(counts)} was expected")
            counts.append([])
        if not counts or block != len(counts) - 1 or step != len(counts[-1]):
            raise ValueError(f"{path}, line {number}: block {block} step {step} is out of order")
        counts[-1].append(tokens)
        if block == 0:
            if step == 0:
                t.append(t_start)
                alpha_values.append(alpha_start)
            t.append(t_end)
            alpha_values.append(alpha_end)
    schedule = Schedule(
        path=path,
        alpha=meta("alpha", str, "a spec"),
        length=meta("length", positive, "a positive integer"),
        steps=meta("steps", positive, "a positive integer"),
        block_length=meta("block_length", positive, "a positive integer"),
        rounding=meta("rounding", str, "a rounding name"),
        seed=meta("seed", lambda v: int(v) if int(v) >= 0 else None, "a non-negative integer"),
        version=meta("version", str, "a version"),
        t=t, alpha_values=alpha_values, counts=counts,
    )
    _check_shape(schedule, lambda name: f"{path}: the rows' {name}")
    return schedule


def _check_shape(schedule, where):
    """The counts agree with the metadata: L/B blocks of N·B/L steps, each summing to B."""
    s = schedule
    if s.length % s.block_length != 0:
        raise ValueError(f"{where('block_length')}: {s.block_length} does not divide length {s.length}")
    blocks = s.length // s.block_length
    if s.steps % blocks != 0:
        raise ValueError(f"{where('steps')}: {s.steps} is not divisible by the {blocks} blocks")
    n = s.steps // blocks
    if len(s.t) != n + 1:
        raise ValueError(f"{where('t')}: {len(s.t)} times, expected {n + 1} (steps per block + 1)")
    if len(s.alpha_values) != n + 1:
        raise ValueError(f"{where('alpha_values')}: {len(s.alpha_values)} values, expected {n + 1}")
    if len(s.counts) != blocks:
        raise ValueError(f"{where('counts')}: {len(s.counts)} blocks, expected {blocks}")
    for index, row in enumerate(s.counts):
        if len(row) != n:
            raise ValueError(f"{where('counts')}: block {index} has {len(row)} steps, expected {n}")
        if sum(row) != s.block_length:
            raise ValueError(f"{where('counts')}: block {index} reveals {sum(row)} tokens, expected {s.block_length}")
