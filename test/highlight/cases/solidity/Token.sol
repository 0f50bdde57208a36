// SPDX-License-Identifier: MIT
pragma solidity ^0.8.19;

import "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/**
 * @title A simple token
 */
contract MyToken is ERC20, Ownable {
    uint256 public constant MAX_SUPPLY = 1_000_000 * 10 ** 18;
    mapping(address => uint256) private _stakes;
    bytes32 public merkleRoot = 0x1234abcd;
    uint8 decimals_ = 18;
    string name_ = "My \"Token\"";
    bool private paused = false;

    event Staked(address indexed user, uint256 amount);

    modifier whenNotPaused() {
        require(!paused, 'paused');
        _;
    }

    constructor(uint256 initial) ERC20("MyToken", "MTK") {
        _mint(msg.sender, initial);
    }

    function stake(uint256 amount) external payable whenNotPaused returns (bool) {
        if (amount == 0) revert("zero");
        _stakes[msg.sender] += amount;
        emit Staked(msg.sender, amount);
        return true;
    }

    function hash(bytes memory data) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(data));
    }

    receive() external payable {
        uint lockTime = block.timestamp + 1 days;
        assert(lockTime > now);
    }
}
