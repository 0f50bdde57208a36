import wollok.game.*

// Birds that fly and eat
class Bird {
  var energy = 100
  const name

  constructor(aName) {
    name = aName
  }

  method fly(kilometers) {
    energy -= kilometers * 2
    if (energy < 0) {
      self.error("Not enough energy")
    }
  }

  method eat(grams) {
    energy += grams * 4
  }

  method energy() = energy
  method isHappy() = energy > 50 and not self.isTired()
  method isTired() = energy <= 10
}

class Swallow inherits Bird {
  override method fly(kilometers) {
    super(kilometers / 2)
  }
}

object pepita inherits Bird("pepita") {
  /* a well-known
     bird */
  method sing() = "pio pio"
}

object trainer {
  const birds = [pepita, new Swallow("golondrina")]
  const routes = #{1, 2, 3}

  method train() {
    birds.forEach { bird => bird.fly(10) }
    return birds.filter { bird => bird.isHappy() }.size()
  }
}

program main {
  trainer.train()
  pepita.eat(25.5)
  console.println(pepita.energy())
}
