import type { TopCategory } from "./types";

const FORMATS = ["Paperback", "Hardcover", "Signed Hardcover"];

export const books: TopCategory = {
  slug: "books",
  name: "Books",
  description: "New and second-hand books, from novels to cookbooks, and the notebooks to go with them.",
  image: "books-stack",
  brands: ["Lantern Press", "Harbor House", "Quill & Ink"],
  intros: [
    "{title} is the kind of book you press into a friend's hands.",
    "Published by {brand}, {title} has become a favourite with readers and booksellers alike.",
    "Readers have called {title} impossible to put down.",
    "A handsome edition of {title}, printed on cream paper.",
  ],
  closings: [
    "Shipped in a rigid mailer so the corners arrive sharp.",
    "Every order includes a hand-stamped bookmark.",
    "Independent bookshop prices, delivered to your door.",
  ],
  praise: ["Couldn't put it down.", "A beautiful edition, it looks lovely on the shelf.", "Already bought a second copy as a gift."],
  children: [
    {
      slug: "fiction",
      name: "Fiction",
      description: "Novels and classics.",
      kinds: [
        {
          nouns: ["Orchard", "Harbor", "Cartographer", "Lighthouse", "Garden", "Archive", "River", "Keeper's Daughter"],
          adjectives: ["The Silent", "The Last", "The Salt", "A Winter", "The Glass", "The Paper", "The Hidden", "The Lantern"],
          image: "books-novel",
          gallery: ["books-stack", "books-open"],
          price: [12, 28],
          unbranded: true,
          variants: { type: "option", values: FORMATS, step: 0.45 },
          features: [
            "A sweeping story of family, secrets and the places that shape us.",
            "Told across three generations, it moves from a fishing village to a city on the brink of war.",
            "A quiet, luminous debut about grief, friendship and second chances.",
            "Shortlisted for several literary prizes.",
          ],
          used: 0.25,
        },
        {
          nouns: ["Middlemarch", "Jane Eyre", "Moby-Dick", "Great Expectations", "Wuthering Heights", "Frankenstein", "The Odyssey", "Anna Karenina"],
          adjectives: [""],
          image: "books-classic",
          gallery: ["books-open", "books-stack"],
          price: [9, 24],
          unbranded: true,
          variants: { type: "option", values: ["Paperback", "Clothbound"], step: 0.6 },
          features: [
            "This edition includes a new introduction and explanatory notes.",
            "Clothbound with a ribbon marker and foil-stamped cover.",
            "One of the great novels, in a readable modern typeface.",
          ],
          used: 0.35,
        },
      ],
    },
    {
      slug: "non-fiction",
      name: "Non-Fiction",
      description: "History, travel, ideas and cookbooks.",
      kinds: [
        {
          nouns: ["Salt", "Maps", "Bread", "the Night Sky", "Trees", "Slowness", "Bicycles", "Tea"],
          adjectives: ["A Short History of", "The Story of", "In Praise of", "Notes on"],
          image: "books-open",
          gallery: ["books-stack"],
          price: [14, 32],
          unbranded: true,
          variants: { type: "option", values: FORMATS, step: 0.45 },
          features: [
            "A lively, deeply researched account that wears its learning lightly.",
            "Full of stories you will want to tell at dinner.",
            "Illustrated throughout with maps and archive photographs.",
          ],
          used: 0.25,
        },
        {
          nouns: ["Portugal", "the Scottish Highlands", "Japan by Rail", "the Alps", "Iceland", "the Pacific Coast"],
          adjectives: ["Slow Roads:", "Wild Places:", "Off the Map:", "Hidden Corners:"],
          image: "books-atlas",
          gallery: ["books-open"],
          price: [16, 35],
          unbranded: true,
          variants: { type: "single" },
          features: [
            "Routes, maps and where to stay, from a writer who walked every mile.",
            "Updated for this year with new trails and opening times.",
            "A waterproof cover that survives a rucksack.",
          ],
          used: 0.2,
        },
        {
          nouns: ["Suppers", "Baking", "Kitchen", "Vegetables", "Noodles", "Mediterranean"],
          adjectives: ["Simple", "Everyday", "Slow", "One-Pot", "Green"],
          image: "books-cookbook",
          gallery: ["books-open", "home-cookware"],
          price: [18, 38],
          unbranded: true,
          variants: { type: "single" },
          features: [
            "Over 100 recipes that work on a weeknight.",
            "Every recipe is photographed.",
            "Lies flat on the counter thanks to its lay-flat binding.",
          ],
          used: 0.15,
        },
      ],
    },
    {
      slug: "childrens-books",
      name: "Children's Books",
      description: "Picture books and first readers.",
      kinds: [
        {
          nouns: ["Fox", "Bear", "Hedgehog", "Moon Rabbit", "Whale", "Otter"],
          adjectives: ["The Very Sleepy", "The Brave Little", "Where Is the", "Goodnight,", "The Curious"],
          image: "books-picture-book",
          gallery: ["toys-teddy-bear"],
          price: [8, 18],
          unbranded: true,
          variants: { type: "option", values: ["Paperback", "Board Book", "Hardcover"], step: 0.3 },
          features: [
            "A gentle bedtime story with warm, detailed illustrations.",
            "Perfect for reading aloud to ages 2 to 6.",
            "Sturdy pages made for small hands.",
          ],
          used: 0.2,
        },
      ],
    },
    {
      slug: "comics-graphic-novels",
      name: "Comics & Graphic Novels",
      description: "Graphic novels and collected editions.",
      kinds: [
        {
          nouns: ["Knights", "City", "Detective", "Pilots", "Rangers", "Lighthouse"],
          adjectives: ["Starfall", "Neon", "The Clockwork", "Moonlight", "Paper"],
          image: "books-graphic-novel",
          gallery: ["books-stack"],
          price: [14, 29],
          unbranded: true,
          variants: { type: "option", values: ["Vol. 1", "Vol. 1–3 Box Set"], step: 1.6 },
          features: [
            "Collects the first six issues of the acclaimed series.",
            "Vivid, cinematic art on heavy matte paper.",
            "An all-ages adventure that grown-ups love too.",
          ],
          used: 0.3,
        },
      ],
    },
    {
      slug: "stationery",
      name: "Notebooks & Stationery",
      description: "Notebooks, journals and planners.",
      kinds: [
        {
          nouns: ["Notebook", "Journal", "Sketchbook", "Planner"],
          adjectives: ["A5 Dotted", "Linen-Bound", "Lined", "Undated", "Pocket"],
          image: "books-journal",
          brands: ["Quill & Ink", "Lantern Press"],
          intros: [
            "The {brand} {adjective} {noun} is made for lists, sketches and big ideas.",
            "{a} {adjective} {noun} that makes you want to write more.",
          ],
          closings: ["Ships flat in a recycled card mailer.", "Designed in our studio and bound by a family printer."],
          price: [9, 32],
          variants: { type: "color", values: ["Forest Green", "Navy", "Rust", "Black", "Blush"] },
          features: [
            "192 numbered pages of 100 gsm paper that fountain pens love.",
            "Lies flat, with an elastic closure and a ribbon marker.",
            "A pocket inside the back cover for receipts and tickets.",
          ],
        },
      ],
    },
  ],
};
