note
	description: "Bank accounts with a balance that never goes negative."
	author: "Example"

class
	ACCOUNT

inherit
	ANY
		redefine
			out
		end

create
	make

feature {NONE} -- Initialization

	make (a_owner: STRING)
			-- Create an account for `a_owner'.
		require
			owner_not_empty: not a_owner.is_empty
		do
			owner := a_owner
			balance := 0
		ensure
			owner_set: owner = a_owner
		end

feature -- Access

	owner: STRING
	balance: INTEGER
	rate: REAL_64 = 0.035
	mask: INTEGER = 0xFF_FF

feature -- Operations

	deposit (amount: INTEGER)
		require
			positive: amount > 0
		do
			balance := balance + amount
		ensure
			increased: balance = old balance + amount
		end

	withdraw (amount: INTEGER): BOOLEAN
		local
			ok: BOOLEAN
		do
			if amount <= balance then
				balance := balance - amount
				ok := True
			else
				ok := False
			end
			Result := ok
		end

	out: STRING
		do
			Result := owner + ": " + balance.out + "%N"
			across 1 |..| 3 as i loop
				io.put_character ('%T')
			end
		end

invariant
	non_negative: balance >= 0
end
