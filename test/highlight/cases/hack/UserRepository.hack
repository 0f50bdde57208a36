<?hh // strict

namespace App\Data;

use namespace HH\Lib\{C, Vec, Dict, Str};

enum Role: string {
  ADMIN = 'admin';
  EDITOR = 'editor';
  VIEWER = 'viewer';
}

type UserRow = shape(
  'id' => int,
  'name' => string,
  ?'email' => ?string,
  'role' => Role,
);

newtype UserId = int;

final class UserRepository {
  private dict<int, UserRow> $cache = dict[];

  public function __construct(private \AsyncMysqlConnection $conn) {}

  public async function findAsync(UserId $id): Awaitable<?UserRow> {
    if (C\contains_key($this->cache, $id)) {
      return $this->cache[$id];
    }
    /* HH_FIXME[4110] the driver returns mixed */
    $result = await $this->conn->queryf('SELECT * FROM users WHERE id = %d', $id);
    $rows = $result->mapRows();
    if ($rows->count() === 0) {
      return null;
    }
    $row = $rows[0];
    $user = shape(
      'id' => (int)$row['id'],
      'name' => $row['name'],
      'role' => Role::assert($row['role']),
    );
    $this->cache[$id] = $user;
    return $user;
  }

  public function names(vec<UserRow> $users): keyset<string> {
    return keyset(Vec\map($users, $u ==> Str\capitalize($u['name'])));
  }

  public function count(): num {
    // UNSAFE
    return \count($this->cache) * 1.0e0 + 0x0;
  }
}

<<__EntryPoint>>
async function main(): Awaitable<void> {
  $repo = new UserRepository(await connect_async());
  $user = await $repo->findAsync(42);
  echo $user['name'] ?? "nobody\n";
}
